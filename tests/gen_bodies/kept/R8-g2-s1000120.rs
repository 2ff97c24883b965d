// finding: R8-cancel-in-futures-join
// seed: 1000120
// expect `take 0 mid 2 cancel` => w6- w7- gaveup w8x w9x t3 w4- t3. t17 w18- t17. cancel=Ok
// expect `take 0 mid 3 cancel` => w6- w7- gaveup w8x w9x t3 w4- t3. t17 w18- t17. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t17");
        W::new(&ctx, 18, 2).await;
        ctx.log("t17.");
    }
    let b1: u32 = 'l1: {
        let b2: u32 = 'l2: {
            teardown! {
                ctx.log("t3");
                W::new(&ctx, 4, 1).await;
                ctx.log("t3.");
            }
            let Some(v5) = ctx.opt(5, 0b110, 3) else {
                W::new(&ctx, 6, 1).await;
                futures::join!(W::new(&ctx, 7, 0), async { W::new(&ctx, 8, 3).await; ctx.log("j8"); }, W::new(&ctx, 9, 2));
                W::new(&ctx, 10, 3).await;
                break 'l2 30;
            };
            ctx.log(format!("L{v5}"));
            18
        };
        ctx.log(format!("b2={b2}"));
        for _ in 0..2 {
            tokio::try_join!(W::new(&ctx, 12, 3).ok(), async { W::new(&ctx, 13, 2).await; ctx.log("j13"); Ok::<(), u32>(()) })?;
        }
        teardown! {
            ctx.log("t14");
            W::new(&ctx, 15, 1).await;
            ctx.log("t14.");
        }
        ctx.log("s16");
        33
    };
    ctx.log(format!("b1={b1}"));
}
