// finding: R7-cancel-in-try-join
// seed: 1000143
// expect `take 0 mid 1 cancel` => w5- gaveup w6x t7 w8- t7. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t7");
        W::new(&ctx, 8, 1).await;
        ctx.log("t7.");
    }
    for _ in 0..0 {
        let Some(v2) = ctx.opt(2, 0b0, 2) else {
            let b3: u32 = 'l3: {
                yield_!(Ok(4));
                return;
                8
            };
            ctx.log(format!("b3={b3}"));
            break;
        };
        ctx.log(format!("L{v2}"));
    }
    tokio::try_join!(W::new(&ctx, 5, 0).ok(), W::new(&ctx, 6, 1).ok())?;
}
