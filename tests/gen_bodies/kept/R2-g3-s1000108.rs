// finding: R2-cancel-in-join
// seed: 1000108
// expect `take 0 mid 1 cancel` => w3- gaveup w4x w5x t20 t20. cancel=Ok
// expect `take 0 mid 2 cancel` => w3- gaveup w4x w5x t20 t20. cancel=Ok
// expect `take 0 mid 3 cancel` => w3- w5- gaveup w4x t20 t20. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t20");
        ctx.log("t20.");
    }
    let Some(v1) = ctx.opt(1, 0b10, 2) else {
        let b2: u32 = 'l2: {
            tokio::join!(W::new(&ctx, 3, 0), async { W::new(&ctx, 4, 3).await; ctx.log("j4"); }, W::new(&ctx, 5, 2));
            ctx.log("s6");
            let mut c7 = 0;
            'l7: loop {
                c7 += 1;
                if c7 > 0 { break; }
                yield_!(Ok(8));
            }
            let b9: u32 = 'l9: {
                W::new(&ctx, 10, 0).await;
                W::new(&ctx, 11, 1).await;
                W::new(&ctx, 12, 2).await;
                teardown! {
                    ctx.log("t13");
                    ctx.log("t13.");
                }
                ctx.log("s14");
                22
            };
            ctx.log(format!("b9={b9}"));
            33
        };
        ctx.log(format!("b2={b2}"));
        let mut c15 = 0;
        while c15 < 1 {
            c15 += 1;
            futures::select_biased! {
                _ = W::new(&ctx, 16, 0).fuse() => {
                    ctx.log("s17");
                }
                _ = W::new(&ctx, 18, 0).fuse() => {
                    ctx.log("s19");
                }
            }
        }
        return;
    };
    ctx.log(format!("L{v1}"));
}
